using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render coordinates</c>: render's CoordinateClient over render-ws's batch endpoints. World to
/// local reads <c>[{"world":[x,y]}, ...]</c> and writes one list of tile coordinates per point (a
/// point on no tile comes back alone with its <c>error</c>); <c>--local-to-world</c> reads that
/// list of lists and writes one world point per list, mapped through its visible tile. Points that
/// fail are results, not a failed command; a bad file or a missing stack is, and leaves the output
/// untouched.
/// </summary>
internal static class CoordinatesCommand
{
    /// <summary>Points per request, as render's CoordinateClient batches them.</summary>
    private const int BatchSize = 25_000;

    /// <summary>render's message for a list that holds no coordinates.</summary>
    private const string MissingCoordinates = "coordinates are missing";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var stack = new Option<string>("--stack") { Description = "stack name", Required = true };
        var z = new Option<string>("--z") { Description = "the layer of the points", Required = true };
        var fromJson = new Option<FileInfo>("--from-json") { Description = "the points to map (JSON)", Required = true };
        var toJson = new Option<string>("--to-json") { Description = "the JSON file to write, or - for standard output", Required = true };
        var localToWorld = new Option<bool>("--local-to-world") { Description = "map the local coordinates of a world-to-local result back to world (default: world to local)" };
        var command = new Command("coordinates", "map points between world and tile-local coordinates") { stack, z, fromJson, toJson, localToWorld };
        ClientCommandAction.Set(command, "coordinates", error, async (client, connection, parse, ct) =>
        {
            var request = new MappingRequest(
                ConnectionOptions.StackOf(connection, parse.GetValue(stack)!), ZValues.ParseOne(parse.GetValue(z)!), parse.GetValue(fromJson)!);
            var mapped = parse.GetValue(localToWorld)
                ? await LocalToWorldAsync(client, request, ct).ConfigureAwait(false)
                : await WorldToLocalAsync(client, request, ct).ConfigureAwait(false);
            await using var target = OutputFile.Open(parse.GetValue(toJson)!, output, error);
            await mapped.WriteAsync(target.Writer).ConfigureAwait(false);
            await target.CommitAsync().ConfigureAwait(false);
            await target.Messages.WriteLineAsync($"{mapped.Direction} in {request.StackId.Stack}: {mapped.Count - mapped.Errors} mapped, {mapped.Errors} error(s)")
                .ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<MappedPoints> WorldToLocalAsync(RenderClient client, MappingRequest request, CancellationToken cancellationToken)
    {
        var points = JsonInputFile.Read<List<TileCoordinates>>(request.Input);
        await RequireStackAsync(client, request.StackId, cancellationToken).ConfigureAwait(false);
        var lists = new List<List<TileCoordinates>>(points.Count);
        foreach (var batch in points.Chunk(BatchSize))
        {
            lists.AddRange(await client.Coordinates.WorldToLocalAsync(request.StackId, request.Z, batch, cancellationToken).ConfigureAwait(false));
        }

        var errors = lists.Count(list => list.Any(coordinates => coordinates.Error is not null));
        return new MappedPoints("world to local", lists.Count, errors, writer => JsonArrayText.WriteAsync(writer, lists.ToAsyncEnumerable()));
    }

    private static async Task<MappedPoints> LocalToWorldAsync(RenderClient client, MappingRequest request, CancellationToken cancellationToken)
    {
        var lists = JsonInputFile.Read<List<List<TileCoordinates>>>(request.Input);
        await RequireStackAsync(client, request.StackId, cancellationToken).ConfigureAwait(false);

        // As render's CoordinateClient: each list's visible entry, else its first; an empty list is an error of its own.
        var chosen = lists.Select(list => list?.Find(coordinates => coordinates?.Visible == true) ?? list?.FirstOrDefault()).ToList();
        var answers = new List<TileCoordinates>(chosen.Count);
        foreach (var batch in chosen.OfType<TileCoordinates>().Chunk(BatchSize))
        {
            answers.AddRange(await client.Coordinates.LocalToWorldAsync(request.StackId, request.Z, batch, cancellationToken).ConfigureAwait(false));
        }

        // The answers are in the order sent, which is the input's without its empty lists.
        var world = new List<TileCoordinates>(chosen.Count);
        var next = 0;
        foreach (var coordinates in chosen)
        {
            world.Add(coordinates is null ? new TileCoordinates(Error: MissingCoordinates) : answers[next++]);
        }

        var errors = world.Count(coordinates => coordinates.Error is not null);
        return new MappedPoints("local to world", world.Count, errors, writer => JsonArrayText.WriteAsync(writer, world.ToAsyncEnumerable()));
    }

    /// <summary>The batch endpoints answer a missing stack with an error per point; the command fails instead.</summary>
    private static Task RequireStackAsync(RenderClient client, StackId stackId, CancellationToken cancellationToken) =>
        client.Stacks.GetMetaDataAsync(stackId, cancellationToken);

    private sealed record MappingRequest(StackId StackId, double Z, FileInfo Input);

    /// <summary>The answer: how many points, how many failed, and how to write them (lists of tile coordinates, or world points).</summary>
    private sealed record MappedPoints(string Direction, int Count, int Errors, Func<TextWriter, Task<int>> WriteAsync);
}
