using Render.Geometry.Numerics;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Tiles.Validation;
using Render.Model.Transforms;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render validate-tiles</c>: render's ValidateTilesClient. Each layer's tiles are checked by the
/// validator the options name (none: nothing is checked); the invalid ones are named on standard
/// error and counted, and with <c>--remove-invalid-tiles</c> the layer is saved again without them
/// (the stack set LOADING first, and COMPLETE afterwards with <c>--complete-stack-after-removal</c>).
/// Invalid tiles are not a failure: the exit status is 0, as render's.
/// </summary>
internal static class ValidateTilesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var stack = new Option<string>("--stack") { Description = "stack name", Required = true };
        var remove = new Option<bool>("--remove-invalid-tiles") { Description = "save each layer again without its invalid tiles" };
        var complete = new Option<bool>("--complete-stack-after-removal") { Description = "set the stack COMPLETE when tiles were removed" };
        var zs = new Argument<string[]>("z") { Description = "the layers to check", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate-tiles", "check the tiles of some layers with render's tile validator") { stack, remove, complete, zs };
        var validatorOptions = new TileValidatorOptions();
        validatorOptions.AddTo(command);
        ClientCommandAction.Set(command, "validate-tiles", error, async (client, connection, parse, cancellationToken) =>
        {
            var stackId = ConnectionOptions.StackOf(connection, parse.GetValue(stack)!);
            var validator = validatorOptions.Resolve(parse);
            var removed = 0;
            foreach (var z in ZValues.Parse(parse.GetValue(zs)!))
            {
                var layer = await client.Tiles.GetResolvedAsync(stackId, z, cancellationToken).ConfigureAwait(false);
                var invalid = Invalid(layer, validator);
                foreach (var (tileId, problem) in invalid)
                {
                    await error.WriteLineAsync($"render validate-tiles: invalid tile {tileId}: {problem}").ConfigureAwait(false);
                }

                if (parse.GetValue(remove) && invalid.Count > 0)
                {
                    await ReplaceLayerAsync(client, stackId, z, layer, [.. invalid.Select(i => i.TileId)], first: removed == 0, cancellationToken).ConfigureAwait(false);
                    removed += invalid.Count;
                }

                await output.WriteLineAsync($"{invalid.Count} out of {layer.TileIdToSpecMap.Count} tiles for z {JavaNumberFormat.FormatDouble(z)} are invalid").ConfigureAwait(false);
            }

            if (parse.GetValue(complete) && removed > 0)
            {
                await client.Stacks.SetStateAsync(stackId, StackState.Complete, cancellationToken).ConfigureAwait(false);
            }
        });
        return command;
    }

    /// <summary>The invalid tiles of a layer, in tile id order, each with its reason; none without a validator.</summary>
    private static List<(string TileId, string Problem)> Invalid(ResolvedTileSpecCollection layer, ITileSpecValidator? validator)
    {
        if (validator is null)
        {
            return [];
        }

        // render validates the tiles resolved against the layer's shared transforms.
        var resolver = new TransformSpecResolver(layer.TransformIdToSpecMap);
        return [.. layer.TileIdToSpecMap.OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => (entry.Key, Problem: validator.Validate(entry.Value with { Transforms = resolver.Resolve(entry.Value.Transforms) })))
            .Where(entry => entry.Problem is not null)
            .Select(entry => (entry.Key, entry.Problem!))];
    }

    /// <summary>render's removal: the stack set LOADING (once), the layer deleted and its valid tiles saved again.</summary>
    private static async Task ReplaceLayerAsync(
        RenderClient client, StackId stackId, double z, ResolvedTileSpecCollection layer, HashSet<string> invalid, bool first, CancellationToken cancellationToken)
    {
        if (first)
        {
            await client.Stacks.OpenForLoadingAsync(stackId, new StackVersion(), cancellationToken).ConfigureAwait(false);
        }

        await client.Sections.DeleteAsync(stackId, z, cancellationToken).ConfigureAwait(false);
        var kept = layer.TileIdToSpecMap.Where(entry => !invalid.Contains(entry.Key)).ToDictionary(StringComparer.Ordinal);
        if (kept.Count > 0)
        {
            // The layer's shared transforms go back as they came (some may refer to others).
            await client.Tiles.SaveResolvedAsync(stackId, z, layer with { TileIdToSpecMap = kept }, deriveData: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
