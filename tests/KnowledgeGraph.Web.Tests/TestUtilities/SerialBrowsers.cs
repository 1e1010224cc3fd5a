// One browser at a time: on the 2-core test machine, browsers running side by side would take each other's
// frames and make the measured frame times say nothing about the page.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
