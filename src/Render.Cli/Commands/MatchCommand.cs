using System.Globalization;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render match</c>: the point-match collections of the owner (<c>--owner</c>, which is also
/// render-python's match owner): list them, import and export pairs, delete pairs or collections.
/// </summary>
internal static class MatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("match", "list, import, export and delete point-match collections");
        var collections = new Command("collections", "the owner's match collections and their pair counts");
        ClientCommandAction.Set(collections, "match collections", error, (client, connection, _, ct) =>
            ListAsync(client, ConnectionOptions.OwnerOf(connection), output, ct));
        command.Subcommands.Add(collections);
        command.Subcommands.Add(MatchImportCommand.Create(output, error));
        command.Subcommands.Add(MatchExportCommand.Create(output, error));
        command.Subcommands.Add(Delete(output, error));
        return command;
    }

    /// <summary>The <c>--collection</c> option of the subcommands.</summary>
    internal static Option<string> CollectionOption() => new("--collection") { Description = "match collection name", Required = true };

    /// <summary>render-python's <c>delete_collection</c> and <c>delete_point_matches_between_groups</c>.</summary>
    private static Command Delete(TextWriter output, TextWriter error)
    {
        var collection = CollectionOption();
        var pGroup = new Option<string?>("--p-group") { Description = "with --q-group: delete only the pairs between these two groups (either way round)" };
        var qGroup = new Option<string?>("--q-group") { Description = "the other group" };
        var command = new Command("delete", "delete a whole collection, or the pairs between two groups") { collection, pGroup, qGroup };
        ClientCommandAction.Set(command, "match delete", error, async (client, connection, parse, ct) =>
        {
            var collectionId = ConnectionOptions.CollectionOf(connection, parse.GetValue(collection)!);
            switch (parse.GetValue(pGroup), parse.GetValue(qGroup))
            {
                case (null, null):
                    await client.Matches.DeleteCollectionAsync(collectionId, ct).ConfigureAwait(false);
                    await output.WriteLineAsync($"deleted match collection {collectionId.Name}").ConfigureAwait(false);
                    break;
                case ({ } p, { } q):
                    await client.Matches.DeleteBetweenGroupsAsync(collectionId, p, q, ct).ConfigureAwait(false);
                    await output.WriteLineAsync($"deleted the pairs between groups {p} and {q} of {collectionId.Name}").ConfigureAwait(false);
                    break;
                default:
                    throw new ArgumentException("--p-group and --q-group go together: give both, or neither to delete the whole collection");
            }
        });
        return command;
    }

    private static async Task ListAsync(RenderClient client, string owner, TextWriter output, CancellationToken cancellationToken)
    {
        var collections = await client.Matches.GetCollectionsAsync(owner, cancellationToken).ConfigureAwait(false);
        foreach (var meta in collections.Where(meta => meta.CollectionId is not null).OrderBy(meta => meta.CollectionId!.Name, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{meta.CollectionId!.Name}\tpairs {meta.PairCount?.ToString(CultureInfo.InvariantCulture) ?? "-"}"))
                .ConfigureAwait(false);
        }
    }
}
