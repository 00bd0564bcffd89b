using Render.Storage.Relational.Migrations;

namespace Render.Storage.Relational;

/// <summary>
/// One render database on a relational engine: the stack, tile and match stores written once over
/// ADO.NET, and the schema's history, each over the engine's <see cref="SqlDialect"/>. The stores
/// share the stack rows (<see cref="StackRows"/>) and nothing else.
/// </summary>
public abstract class RelationalRenderStore : IRenderStore
{
    private readonly SqlDialect _dialect;

    private protected RelationalRenderStore(SqlDialect dialect)
    {
        _dialect = dialect;
        var stacks = new StackRows(dialect);
        Stacks = new RelationalStackStore(dialect, stacks);
        Tiles = new RelationalTileStore(dialect, stacks);
        Matches = new RelationalMatchStore(dialect);
        MatchTrials = new RelationalMatchTrialStore(dialect);
    }

    public IStackStore Stacks { get; }

    public ITileStore Tiles { get; }

    public IMatchStore Matches { get; }

    public IMatchTrialStore MatchTrials { get; }

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        _dialect.MigrateAsync(write => MigrationHistory.ApplyAsync(write, _dialect.SchemaWords, cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _dialect.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
