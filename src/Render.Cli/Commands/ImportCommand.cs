using System.CommandLine;
using Render.Client;
using Render.Model.Json;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;
using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render import</c>: tile-spec JSON files (arrays of tile specs) and an optional file of shared
/// transforms into a LOADING stack, in batches with bounding boxes derived by the service, as
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
        // Everything is read and checked before the first request, so a bad file writes nothing.
        var transforms = request.TransformFile is null
            ? new Dictionary<string, TransformSpec>()
            : Read<List<TransformSpec>>(request.TransformFile).ToDictionary(
                spec => spec.Id ?? throw new ArgumentException($"{request.TransformFile.Name}: every shared transform needs an id"), StringComparer.Ordinal);
        var tiles = request.Files.SelectMany(file => Read<List<TileSpec>>(file)).ToList();
        if (tiles.Any(tile => tile.TileId is null))
        {
            throw new ArgumentException("every tile spec needs a tileId");
        }

        await OpenForLoadingAsync(client, request.StackId, new StackVersion(), cancellationToken).ConfigureAwait(false);
        var batches = tiles.Chunk(request.BatchSize)
            .Select(batch => new ResolvedTileSpecCollection(transforms, batch.ToDictionary(tile => tile.TileId!, StringComparer.Ordinal)))
            .ToList();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"{request.StackId.Stack}: {tiles.Count:N0} tiles", maxValue: tiles.Count);
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = request.Parallel, CancellationToken = cancellationToken }, async (batch, ct) =>
            {
                await client.SaveResolvedTilesAsync(request.StackId, batch, deriveData: true, ct).ConfigureAwait(false);
                task.Increment(batch.TileIdToSpecMap.Count);
            }).ConfigureAwait(false);
        }).ConfigureAwait(false);
        if (request.Complete)
        {
            await client.SetStackStateAsync(request.StackId, StackState.Complete, cancellationToken).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"imported {tiles.Count} tiles and {transforms.Count} shared transforms into {request.StackId.Stack}{(request.Complete ? " (COMPLETE)" : string.Empty)}").ConfigureAwait(false);
    }

    /// <summary>
    /// Makes <paramref name="stackId"/> ready for tiles: created with <paramref name="version"/> when
    /// missing, set LOADING when it is not (render's clients set up their target stacks so).
    /// </summary>
    internal static async Task OpenForLoadingAsync(RenderClient client, StackId stackId, StackVersion version, CancellationToken cancellationToken)
    {
        try
        {
            var meta = await client.GetStackMetaDataAsync(stackId, cancellationToken).ConfigureAwait(false);
            if (meta.State != StackState.Loading)
            {
                await client.SetStackStateAsync(stackId, StackState.Loading, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RenderNotFoundException)
        {
            await client.CreateStackAsync(stackId, version, cancellationToken).ConfigureAwait(false);
        }
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
