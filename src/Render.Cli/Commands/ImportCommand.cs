using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render import</c>: tile-spec JSON files (arrays of tile specs) and an optional file of shared
/// transforms into a LOADING stack (created when missing), as render's ImportJsonClient does: every
/// file read and every tile checked and given its box here before the first request, then parallel
/// batches; <c>--complete</c> then sets the stack COMPLETE.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var stack = new Option<string>("--stack") { Description = "target stack (created LOADING when missing)", Required = true };
        var transformFile = new Option<FileInfo?>("--transform-file") { Description = "JSON array of shared transform specs the tiles refer to" };
        var batchSize = new Option<int>("--batch-size") { Description = "tiles per request", DefaultValueFactory = _ => 2_000 };
        var parallel = new Option<int>("--parallel") { Description = "requests in flight", DefaultValueFactory = _ => 2 };
        var complete = new Option<bool>("--complete") { Description = "set the stack COMPLETE afterwards" };
        var files = new Argument<FileInfo[]>("tile-files") { Description = "JSON arrays of tile specs", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "import tile-spec JSON files into a stack") { stack, transformFile, batchSize, parallel, complete, files };
        var validator = new TileValidatorOptions();
        validator.AddTo(command);
        ClientCommandAction.Set(command, "import", error, async (client, connection, parse, cancellationToken) =>
        {
            var stackId = ConnectionOptions.StackOf(connection, parse.GetValue(stack)!);
            var transforms = parse.GetValue(transformFile) is { } file ? SharedTransforms(file) : [];
            var tiles = parse.GetValue(files)!.SelectMany(JsonInputFile.Read<List<TileSpec>>).ToList();
            var invalid = 0;
            var options = new TileImportOptions
            {
                Validator = validator.Resolve(parse),
                InvalidTile = (_, problem) =>
                {
                    Interlocked.Increment(ref invalid);
                    error.WriteLine($"render import: left out invalid tile: {problem}");
                },
                BatchSize = Positive(parse.GetValue(batchSize), "--batch-size"),
                MaxParallelRequests = Positive(parse.GetValue(parallel), "--parallel"),
                CompleteStack = parse.GetValue(complete),
            };
            await ImportProgressBar.RunAsync(output, $"{stackId.Stack}: {tiles.Count:N0} tiles", async progress =>
            {
                await client.Tiles.ImportAsync(stackId, tiles, transforms, options with { Progress = progress }, cancellationToken).ConfigureAwait(false);
                return tiles.Count;
            }).ConfigureAwait(false);
            await output.WriteLineAsync(
                $"imported {tiles.Count - invalid} tiles and {transforms.Count} shared transforms into {stackId.Stack}{(options.CompleteStack ? " (COMPLETE)" : string.Empty)}"
                + (invalid > 0 ? $"; {invalid} invalid tiles left out" : string.Empty)).ConfigureAwait(false);
        });
        return command;
    }

    private static Dictionary<string, TransformSpec> SharedTransforms(FileInfo file) =>
        JsonInputFile.Read<List<TransformSpec>>(file).ToDictionary(
            spec => spec.Id ?? throw new ArgumentException($"{file.Name}: every shared transform needs an id"), StringComparer.Ordinal);

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new ArgumentException($"{option} must be at least 1, not {value}");
}
