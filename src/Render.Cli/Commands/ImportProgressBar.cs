namespace Render.Cli.Commands;

/// <summary>
/// A progress bar fed by a client import's <see cref="TileImportProgress"/> reports (which arrive
/// from several batches at once, possibly out of order; see <see cref="ProgressBar"/>).
/// </summary>
internal sealed class ImportProgressBar(ProgressBar bar) : IProgress<TileImportProgress>
{
    /// <summary>Runs <paramref name="work"/> with a bar named <paramref name="description"/> written to <paramref name="output"/>.</summary>
    public static Task<T> RunAsync<T>(TextWriter output, string description, Func<IProgress<TileImportProgress>, Task<T>> work) =>
        ProgressBar.RunAsync(output, progress => work(progress is null
            ? new Progress<TileImportProgress>()
            : new ImportProgressBar(ProgressBar.Add(progress, description))));

    public void Report(TileImportProgress value) => bar.Update(value.TilesStored, value.TileCount);
}
