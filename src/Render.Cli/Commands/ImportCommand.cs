using System.CommandLine;
using Render.Client;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render import</c>: tile-spec JSON files (arrays of tile specs) and an optional file of shared
/// transforms into a LOADING stack, in parallel batches with bounding boxes derived here, as
/// render's ImportJsonClient does; <c>--complete</c> then sets the stack COMPLETE.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var connection = new ConnectionOptions();
        var stack = new Option<string>("--stack") { Description = "target stack (created LOADING when missing)", Required = true };
        var transformFile = new Option<FileInfo?>("--transform-file") { Description = "JSON array of shared transform specs the tiles refer to" };
        var batchSize = new Option<int>("--batch-size") { Description = "tiles per request", DefaultValueFactory = _ => 2_000 };
        var parallel = new Option<int>("--parallel") { Description = "requests in flight", DefaultValueFactory = _ => 2 };
        var complete = new Option<bool>("--complete") { Description = "set the stack COMPLETE afterwards" };
        var files = new Argument<FileInfo[]>("tile-files") { Description = "JSON arrays of tile specs", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "import tile-spec JSON files into a stack") { stack, transformFile, batchSize, parallel, complete, files };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var resolved = connection.Resolve(parse);
                var stackId = ConnectionOptions.StackOf(resolved, parse.GetValue(stack)!);
                var request = new ImportRequest(stackId, parse.GetValue(files)!, parse.GetValue(transformFile),
                    Positive(parse.GetValue(batchSize), "--batch-size"), Positive(parse.GetValue(parallel), "--parallel"), parse.GetValue(complete));
                using var client = new RenderClient(resolved);
                await RunAsync(client, request, output, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or RenderException or HttpRequestException or IOException)
            {
                await error.WriteLineAsync($"render import: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static async Task RunAsync(RenderClient client, ImportRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        // Everything is read and checked before the first request, so a bad file writes nothing;
        // the client then checks every tile and derives its box before it sends anything.
        var transforms = request.TransformFile is null
            ? new Dictionary<string, TransformSpec>()
            : Read<List<TransformSpec>>(request.TransformFile).ToDictionary(
                spec => spec.Id ?? throw new ArgumentException($"{request.TransformFile.Name}: every shared transform needs an id"), StringComparer.Ordinal);
        var tiles = request.Files.SelectMany(file => Read<List<TileSpec>>(file)).ToList();
        await ImportProgressBar.RunAsync(output, $"{request.StackId.Stack}: {tiles.Count:N0} tiles", async progress =>
        {
            var options = new TileImportOptions { BatchSize = request.BatchSize, MaxParallelRequests = request.Parallel, CompleteStack = request.Complete, Progress = progress };
            await client.ImportTilesAsync(request.StackId, tiles, transforms, options, cancellationToken).ConfigureAwait(false);
            return tiles.Count;
        }).ConfigureAwait(false);

        await output.WriteLineAsync($"imported {tiles.Count} tiles and {transforms.Count} shared transforms into {request.StackId.Stack}{(request.Complete ? " (COMPLETE)" : string.Empty)}").ConfigureAwait(false);
    }

    private static T Read<T>(FileInfo file)
        where T : class
    {
        var parsed = RenderJson.Parse<T>(File.ReadAllBytes(file.FullName));
        return parsed.Success ? parsed.GetValueOrThrow() : throw new ArgumentException($"{file.Name}: {parsed.Error}");
    }

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new ArgumentException($"{option} must be at least 1, not {value}");

    private sealed record ImportRequest(StackId StackId, FileInfo[] Files, FileInfo? TransformFile, int BatchSize, int Parallel, bool Complete);
}
