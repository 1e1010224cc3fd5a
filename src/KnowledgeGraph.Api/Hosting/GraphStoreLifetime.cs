using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Opens the store before the server takes requests, loads the seed graph into an empty store, and closes the
/// store at shutdown. Readiness (<c>/readyz</c>) reflects whether this has finished.
/// </summary>
internal sealed partial class GraphStoreLifetime(
    IOptions<StorageOptions> storage,
    IOptions<SeedOptions> seed,
    TimeProvider timeProvider,
    ILogger<GraphStoreLifetime> logger) : IHostedService, IAsyncDisposable
{
    private IGraphStore? _store;

    public IGraphStore Store => _store ?? throw new InvalidOperationException("The graph store is not open yet.");

    public bool IsReady => _store is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A seed that cannot be loaded is found before a new database file is created for it, not after.
        var seedBatch = seed.Value.Enabled && CreatesDatabase(storage.Value) ? await ReadSeedAsync(cancellationToken).ConfigureAwait(false) : null;
        var store = await GraphStoreOpener.OpenAsync(storage.Value, timeProvider, cancellationToken).ConfigureAwait(false);
        LogOpened(logger, storage.Value.Provider);
        try
        {
            if (seed.Value.Enabled)
            {
                await SeedIfEmptyAsync(store, seedBatch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch when (store is IAsyncDisposable)
        {
            await ((IAsyncDisposable)store).DisposeAsync().ConfigureAwait(false);
            throw;
        }

        _store = store;
    }

    private static bool CreatesDatabase(StorageOptions options) =>
        options.IsSqlite && !string.IsNullOrWhiteSpace(options.Sqlite.Path) && !File.Exists(Path.GetFullPath(options.Sqlite.Path));

    /// <summary>Reads the seed and checks it as an import into an empty store would; a failure names the setting and every problem.</summary>
    private async Task<GraphBatch> ReadSeedAsync(CancellationToken cancellationToken)
    {
        try
        {
            var batch = await GraphDocumentReader.ReadFileAsync(seed.Value.Path, cancellationToken).ConfigureAwait(false);
            _ = BatchRules.Prepare(batch, StoredGraphSnapshot.Empty);
            return batch;
        }
        catch (GraphRuleException rejection)
        {
            throw SeedRejected(rejection);
        }
    }

    private StoreConfigurationException SeedRejected(GraphRuleException rejection) => new(
        $"{SeedOptions.Section}:Path: {seed.Value.Path} cannot be loaded into the empty store: " +
        string.Join("; ", rejection.Violations.Select(v => $"{v.Path}: {v.Message} ({v.Code})")), rejection);

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _store, null) is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task SeedIfEmptyAsync(IGraphStore store, GraphBatch? checkedBatch, CancellationToken cancellationToken)
    {
        var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        if (counts.Articles > 0 || counts.ActorsByKind.Values.Sum() > 0)
        {
            return;
        }

        var batch = checkedBatch ?? await ReadSeedAsync(cancellationToken).ConfigureAwait(false);
        ImportResult result;
        try
        {
            result = await store.ImportAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphRuleException rejection)
        {
            throw SeedRejected(rejection);
        }

        LogSeeded(logger, seed.Value.Path, result.ActorsWritten, result.TiesAdded, result.ArticlesAdded);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opened the {Provider} graph store")]
    private static partial void LogOpened(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the seed graph from {Path} into the empty store: {Actors} actors, {Ties} ties, {Articles} articles")]
    private static partial void LogSeeded(ILogger logger, string path, int actors, int ties, int articles);
}
