using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Benchmarks;

/// <summary>
/// A stack of <c>tileCount</c> tiles made from render's example_1 (8 tiles that refer to 3 shared
/// lens-correction lists), each copy with its own tile id and z: the shape of a real import.
/// </summary>
internal static class ExampleStack
{
    public static ResolvedTileSpecCollection Build(int tileCount)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData");
        var tiles = RenderJson.Parse<List<TileSpec>>(File.ReadAllText(Path.Combine(folder, "cycle1_step1_acquire_tiles.json"))).GetValueOrThrow();
        var transforms = RenderJson.Parse<List<TransformSpec>>(File.ReadAllText(Path.Combine(folder, "cycle1_step1_acquire_transforms.json"))).GetValueOrThrow();

        var tileMap = new Dictionary<string, TileSpec>(tileCount);
        for (var i = 0; i < tileCount; i++)
        {
            var template = tiles[i % tiles.Count];
            var tileId = $"{template.TileId}.{i}";
            tileMap[tileId] = template with { TileId = tileId, Z = (template.Z ?? 0) + (i / tiles.Count) };
        }

        return new ResolvedTileSpecCollection(transforms.ToDictionary(spec => spec.Id!), tileMap);
    }
}
