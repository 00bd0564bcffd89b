using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// A Spectre.Console progress bar on a command's output when that output is a terminal; nothing
/// when it is a file, a pipe or a test's writer, where a redrawn bar would only be noise.
/// </summary>
internal static class TerminalProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports each step done through the action it is given.</summary>
    /// <param name="output">The command's output.</param>
    /// <param name="description">The bar's label.</param>
    /// <param name="total">The number of steps.</param>
    /// <param name="work">The work; it calls its argument with the number of steps just done.</param>
    public static async Task RunAsync(TextWriter output, string description, double total, Func<Action<double>, Task> work)
    {
        var terminal = new AnsiConsoleOutput(output);
        if (!terminal.IsTerminal)
        {
            await work(_ => { }).ConfigureAwait(false);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = terminal });
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask(description, maxValue: total);
            await work(task.Increment).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
