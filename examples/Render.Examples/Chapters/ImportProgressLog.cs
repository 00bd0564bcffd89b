using Render.Client;

namespace Render.Examples.Chapters;

/// <summary>
/// Writes an import's progress to a log, a line each time another tenth of the tiles is stored.
/// Batches finish on several threads at once, so reports are serialised here.
/// </summary>
public sealed class ImportProgressLog(TextWriter log) : IProgress<TileImportProgress>
{
    private readonly Lock _lock = new();
    private int _tenthsWritten;

    /// <summary>The most tiles reported stored so far.</summary>
    public int TilesStored { get; private set; }

    /// <inheritdoc/>
    public void Report(TileImportProgress value)
    {
        lock (_lock)
        {
            TilesStored = Math.Max(TilesStored, value.TilesStored);
            var tenths = value.TileCount == 0 ? 10 : (int)(10L * TilesStored / value.TileCount);
            if (tenths > _tenthsWritten)
            {
                _tenthsWritten = tenths;
                log.WriteLine($"  {TilesStored:N0}/{value.TileCount:N0} tiles stored");
            }
        }
    }
}
