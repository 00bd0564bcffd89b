using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// A Spectre.Console progress bar fed by reports of work done out of a total that arrive from
/// parallel work, possibly out of order (the bar never moves back), drawn only when the output is a
/// terminal, as <see cref="TerminalProgress"/> does. <see cref="ExportProgressBar"/> and
/// <see cref="ImportProgressBar"/> feed it the libraries' reports.
/// </summary>
internal sealed class ProgressBar
{
    private readonly ProgressTask _task;
    private readonly Lock _gate = new();

    private ProgressBar(ProgressTask task) => _task = task;

    /// <summary>Runs <paramref name="work"/> with a progress display on a terminal <paramref name="output"/>, or with null elsewhere.</summary>
    public static Task<T> RunAsync<T>(TextWriter output, Func<ProgressContext?, Task<T>> work)
    {
        var terminal = new AnsiConsoleOutput(output);
        if (!terminal.IsTerminal)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = terminal });
        return console.Progress().StartAsync(progress => work(progress));
    }

    /// <summary>A bar named <paramref name="description"/>, indeterminate until the first report (its size is not known before).</summary>
    public static ProgressBar Add(ProgressContext progress, string description)
    {
        var task = progress.AddTask(description, maxValue: 1);
        task.IsIndeterminate = true;
        return new ProgressBar(task);
    }

    /// <summary>Shows <paramref name="done"/> of <paramref name="total"/>, or what an earlier report showed if that was more.</summary>
    public void Update(int done, int total)
    {
        lock (_gate)
        {
            _task.IsIndeterminate = false;
            _task.MaxValue = Math.Max(1, total);
            _task.Value = Math.Max(_task.Value, done);
        }
    }
}
