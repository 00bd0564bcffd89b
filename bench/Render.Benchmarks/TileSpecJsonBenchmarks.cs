using BenchmarkDotNet.Attributes;
using Render.Model.Json;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Benchmarks;

/// <summary>
/// The JSON side of an import and of a resolvedTiles answer: reading and writing a
/// ResolvedTileSpecCollection, and resolving and flattening every tile's transforms (what bounding
/// box derivation and render-parameters do before any math).
/// </summary>
[MemoryDiagnoser]
public class TileSpecJsonBenchmarks
{
    private byte[] _json = [];
    private ResolvedTileSpecCollection _collection = new();

    [Params(10_000)]
    public int Tiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _collection = ExampleStack.Build(Tiles);
        _json = RenderJson.SerializeToUtf8Bytes(_collection);
    }

    [Benchmark]
    public int ParseResolvedTiles() => RenderJson.Parse<ResolvedTileSpecCollection>(_json).Value.TileIdToSpecMap.Count;

    [Benchmark]
    public int WriteResolvedTiles() => RenderJson.SerializeToUtf8Bytes(_collection).Length;

    [Benchmark]
    public int ResolveAndFlattenTransforms()
    {
        var resolver = new TransformSpecResolver(_collection.TransformIdToSpecMap);
        var total = 0;
        foreach (var tile in _collection.TileIdToSpecMap.Values)
        {
            total += resolver.Resolve(tile.Transforms).Flatten().Count;
        }

        return total;
    }
}
