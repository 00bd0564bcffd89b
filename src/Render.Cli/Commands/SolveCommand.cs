using System.Diagnostics;
using System.Text.Json;
using Render.Alignment;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render solve</c>: render's Trakem2SolverClient without Java. The tiles of a stack's z range
/// and the pairs of one or more match collections (each section's pairs as p, within the section
/// and to other sections, as render reads them) are read through the client, solved with
/// <see cref="AlignmentSolver"/> as one least-squares problem, and the solved tiles saved to a
/// target stack layer by layer. Without <c>--target-stack</c> nothing is written: the quality
/// report is the result, as render only logs the models then.
/// </summary>
internal static class SolveCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new SolveCommandOptions();
        var command = new Command(
            "solve",
            "align a stack's tiles from point matches (render's Trakem2SolverClient) into a target stack, with a residual report");
        options.AddTo(command);
        ClientCommandAction.Set(command, "solve", error, (client, connection, parse, cancellationToken) =>
            RunAsync(client, options.Resolve(connection, parse), output, error, cancellationToken));
        return command;
    }

    private static async Task RunAsync(RenderClient client, SolveRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var log = new SolveProgressLog(error);

        // Opened first, so that an unwritable report path fails before anything is read or saved.
        await using var reportFile = request.ReportFile is { } path ? OutputFile.Open(path, output, error) : null;
        var sourceMeta = await SourceAsync(client, request.Source, cancellationToken).ConfigureAwait(false);
        if (request.Target is { } target)
        {
            await SolveTargetWriter.CheckWritableAsync(client, target, cancellationToken).ConfigureAwait(false);
        }

        var inputs = await SolveInputReader.ReadAsync(client, request, log, cancellationToken).ConfigureAwait(false);
        var result = AlignmentSolver.Solve(inputs.Tiles, inputs.SharedTransforms, inputs.Matches, request.Options with { Progress = log }, cancellationToken);
        var saving = request.Target is { } destination
            ? await SolveTargetWriter.SaveAsync(client, sourceMeta, destination, inputs, result, request.CompleteTarget, log, cancellationToken).ConfigureAwait(false)
            : TimeSpan.Zero;

        var report = SolveReport.Of(request, inputs, result, saving, clock.Elapsed);
        await SolveReportPrinter.PrintAsync(reportFile?.Messages ?? output, report).ConfigureAwait(false);
        if (reportFile is not null)
        {
            await reportFile.Writer.WriteAsync(JsonSerializer.Serialize(report, SolveReportJsonContext.Default.SolveReport)).ConfigureAwait(false);
            await reportFile.CommitAsync().ConfigureAwait(false);
            if (reportFile.Name != "-")
            {
                await output.WriteLineAsync($"report written to {reportFile.Name}").ConfigureAwait(false);
            }
        }
    }

    /// <exception cref="ArgumentException">The stack does not exist.</exception>
    private static async Task<StackMetaData> SourceAsync(RenderClient client, StackId source, CancellationToken cancellationToken)
    {
        try
        {
            return await client.Stacks.GetMetaDataAsync(source, cancellationToken).ConfigureAwait(false);
        }
        catch (RenderNotFoundException)
        {
            throw new ArgumentException($"stack {source.Owner}/{source.Project}/{source.Stack} does not exist");
        }
    }
}
