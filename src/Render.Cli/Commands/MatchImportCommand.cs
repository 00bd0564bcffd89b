using Render.Model.PointMatches;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render match import</c>: JSON arrays of canvas matches into a collection (created when
/// missing), in batches, as render-python's <c>import_matches</c> sends them. A pair already in
/// the collection (the same two canvases) is replaced.
/// </summary>
internal static class MatchImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var collection = MatchCommand.CollectionOption();
        var batchSize = new Option<int>("--batch-size") { Description = "pairs per request", DefaultValueFactory = _ => 5_000 };
        var files = new Argument<FileInfo[]>("match-files")
        {
            Description = "JSON arrays of canvas matches ({pGroupId, pId, qGroupId, qId, matches})",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "import point-match JSON files into a collection") { collection, batchSize, files };
        ClientCommandAction.Set(command, "match import", error, (client, connection, parse, ct) =>
        {
            var collectionId = ConnectionOptions.CollectionOf(connection, parse.GetValue(collection)!);
            var size = parse.GetValue(batchSize);
            return size > 0
                ? ImportAsync(client, collectionId, parse.GetValue(files)!, size, output, ct)
                : throw new ArgumentException($"--batch-size must be at least 1, not {size}");
        });
        return command;
    }

    private static async Task ImportAsync(
        RenderClient client, MatchCollectionId collectionId, FileInfo[] files, int batchSize, TextWriter output, CancellationToken cancellationToken)
    {
        // Every file is read and checked before the first request, so that a bad file imports
        // nothing; each is read again when its turn comes, so that memory holds one file's pairs.
        var total = files.Sum(file => ReadPairs(file).Count);
        await TerminalProgress.RunAsync(output, $"{collectionId.Name}: {total:N0} pairs", total, async advance =>
        {
            foreach (var file in files)
            {
                foreach (var batch in ReadPairs(file).Chunk(batchSize))
                {
                    await client.Matches.SaveAsync(collectionId, batch, cancellationToken).ConfigureAwait(false);
                    advance(batch.Length);
                }
            }
        }).ConfigureAwait(false);
        await output.WriteLineAsync($"imported {total} pairs from {files.Length} file(s) into {collectionId.Name}").ConfigureAwait(false);
    }

    /// <summary>The pairs of one file, each with the four ids render-ws requires.</summary>
    private static List<CanvasMatches> ReadPairs(FileInfo file)
    {
        var pairs = JsonInputFile.Read<List<CanvasMatches>>(file);
        var incomplete = pairs.FindIndex(pair => pair?.PGroupId is null || pair.PId is null || pair.QGroupId is null || pair.QId is null);
        return incomplete < 0
            ? pairs
            : throw new ArgumentException($"{file.Name}: pair {incomplete} is missing its pGroupId, pId, qGroupId and/or qId");
    }
}
