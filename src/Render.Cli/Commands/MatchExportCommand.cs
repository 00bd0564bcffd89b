using System.Runtime.CompilerServices;
using Render.Model.PointMatches;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render match export</c>: the pairs of a collection (all, or those within, outside or
/// involving one group) as a JSON array in the form <c>render match import</c> reads, written pair
/// by pair as they arrive so that a large collection is never held in memory.
/// </summary>
internal static class MatchExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var collection = MatchCommand.CollectionOption();
        var group = new Option<string?>("--group") { Description = "only the pairs with a canvas in this group" };
        var within = new Option<string?>("--within") { Description = "only the pairs with both canvases in this group" };
        var outside = new Option<string?>("--outside") { Description = "only the pairs between this group and another" };
        var path = new Option<string>("--output") { Description = "the JSON file to write, or - for standard output", Required = true };
        var command = new Command("export", "export the pairs of a collection as JSON (default: every pair)") { collection, group, within, outside, path };
        ClientCommandAction.Set(command, "match export", error, async (client, connection, parse, ct) =>
        {
            var collectionId = ConnectionOptions.CollectionOf(connection, parse.GetValue(collection)!);
            var pairs = Select(client, collectionId, parse.GetValue(group), parse.GetValue(within), parse.GetValue(outside), ct);
            await using var target = OutputFile.Open(parse.GetValue(path)!, output, error);
            var count = await JsonArrayText.WriteAsync(target.Writer, pairs).ConfigureAwait(false);
            await target.CommitAsync().ConfigureAwait(false);
            await target.Messages.WriteLineAsync($"exported {count} pairs of {collectionId.Name} to {target.Name}").ConfigureAwait(false);
        });
        return command;
    }

    private static IAsyncEnumerable<CanvasMatches> Select(
        RenderClient client, MatchCollectionId collectionId, string? group, string? within, string? outside, CancellationToken cancellationToken) =>
        (group, within, outside) switch
        {
            (null, null, null) => AllAsync(client, collectionId, cancellationToken),
            ({ } g, null, null) => ConcatAsync(
                client.Matches.GetWithinGroupAsync(collectionId, g, cancellationToken: cancellationToken),
                client.Matches.GetOutsideGroupAsync(collectionId, g, cancellationToken: cancellationToken)),
            (null, { } g, null) => client.Matches.GetWithinGroupAsync(collectionId, g, cancellationToken: cancellationToken),
            (null, null, { } g) => client.Matches.GetOutsideGroupAsync(collectionId, g, cancellationToken: cancellationToken),
            _ => throw new ArgumentException("give at most one of --group, --within and --outside"),
        };

    /// <summary>Every pair: each has exactly one p group, so the pairs of each p group in turn are all of them, each once.</summary>
    private static async IAsyncEnumerable<CanvasMatches> AllAsync(
        RenderClient client, MatchCollectionId collectionId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var pGroupId in await client.Matches.GetPGroupIdsAsync(collectionId, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var pair in client.Matches.GetWithPGroupAsync(collectionId, pGroupId, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                yield return pair;
            }
        }
    }

    private static async IAsyncEnumerable<CanvasMatches> ConcatAsync(IAsyncEnumerable<CanvasMatches> first, IAsyncEnumerable<CanvasMatches> second)
    {
        await foreach (var pair in first.ConfigureAwait(false))
        {
            yield return pair;
        }

        await foreach (var pair in second.ConfigureAwait(false))
        {
            yield return pair;
        }
    }
}
