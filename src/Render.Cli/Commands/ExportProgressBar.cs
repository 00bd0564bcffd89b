using Render.Export;
using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// Progress bars for the export commands, one per step (a layer, a level), fed by the library's
/// <see cref="ExportProgress"/> reports from parallel work (see <see cref="ProgressBar"/>).
/// </summary>
internal sealed class ExportProgressBar(ProgressBar bar) : IProgress<ExportProgress>
{
    /// <summary>Runs <paramref name="work"/>, which opens a bar per step with the function it is given.</summary>
    public static Task RunAsync(TextWriter output, Func<Func<string, IProgress<ExportProgress>>, Task> work) =>
        ProgressBar.RunAsync(output, async progress =>
        {
            await work(step => progress is null
                ? new Progress<ExportProgress>()
                : new ExportProgressBar(ProgressBar.Add(progress, step.EscapeMarkup()))).ConfigureAwait(false);
            return true;
        });

    public void Report(ExportProgress value) => bar.Update(value.Done, value.Total);
}
