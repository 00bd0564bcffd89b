using Render.Export;
using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// Spectre.Console progress bars for the export commands, one per step (a layer, a level), fed by
/// the library's <see cref="ExportProgress"/> reports from parallel work, drawn only when the
/// output is a terminal as <see cref="TerminalProgress"/> does.
/// </summary>
internal sealed class ExportProgressBar : IProgress<ExportProgress>
{
    private readonly ProgressTask _task;
    private readonly Lock _gate = new();

    private ExportProgressBar(ProgressTask task) => _task = task;

    /// <summary>Runs <paramref name="work"/>, which opens a bar per step with the function it is given.</summary>
    public static Task RunAsync(TextWriter output, Func<Func<string, IProgress<ExportProgress>>, Task> work)
    {
        var terminal = new AnsiConsoleOutput(output);
        if (!terminal.IsTerminal)
        {
            return work(_ => new Progress<ExportProgress>());
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = terminal });
        return console.Progress().StartAsync(progress => work(step =>
        {
            var task = progress.AddTask(step.EscapeMarkup(), maxValue: 1);
            task.IsIndeterminate = true;
            return new ExportProgressBar(task);
        }));
    }

    public void Report(ExportProgress value)
    {
        lock (_gate)
        {
            _task.IsIndeterminate = false;
            _task.MaxValue = Math.Max(1, value.Total);
            _task.Value = Math.Max(_task.Value, value.Done);
        }
    }
}
