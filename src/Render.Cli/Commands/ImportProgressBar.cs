using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// A Spectre.Console progress bar fed by a client import's <see cref="TileImportProgress"/> reports
/// (which arrive from several batches at once, possibly out of order), drawn only when the output
/// is a terminal, as <see cref="TerminalProgress"/> does.
/// </summary>
internal sealed class ImportProgressBar : IProgress<TileImportProgress>
{
    private readonly ProgressTask _task;
    private readonly Lock _gate = new();

    private ImportProgressBar(ProgressTask task) => _task = task;

    /// <summary>Runs <paramref name="work"/> with a bar named <paramref name="description"/> written to <paramref name="output"/>.</summary>
    public static Task<T> RunAsync<T>(TextWriter output, string description, Func<IProgress<TileImportProgress>, Task<T>> work)
    {
        var terminal = new AnsiConsoleOutput(output);
        if (!terminal.IsTerminal)
        {
            return work(new Progress<TileImportProgress>());
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = terminal });
        return console.Progress().StartAsync(progress =>
        {
            // The bar's size is not known before the first report (a change file's layers are read first).
            var task = progress.AddTask(description, maxValue: 1);
            task.IsIndeterminate = true;
            return work(new ImportProgressBar(task));
        });
    }

    public void Report(TileImportProgress value)
    {
        lock (_gate)
        {
            _task.IsIndeterminate = false;
            _task.MaxValue = Math.Max(1, value.TileCount);
            _task.Value = Math.Max(_task.Value, value.TilesStored);
        }
    }
}
