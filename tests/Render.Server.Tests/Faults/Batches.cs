using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Faults;

/// <summary>Import bodies of a known size, each recognisable afterwards by its z or its group.</summary>
internal static class Batches
{
    /// <summary>A resolvedTiles body of <paramref name="count"/> tiles at <paramref name="z"/> in a row.</summary>
    public static string Layer(int z, int count) =>
        TestTiles.Collection(Enumerable.Range(0, count).Select(i => TestTiles.Tile($"z{z}-t{i:D5}", z, x: i * 90)));

    /// <summary>A matches body of <paramref name="count"/> pairs within group <paramref name="group"/>, 20 matches each.</summary>
    public static string Pairs(string group, int count) =>
        MatchApi.Array([.. Enumerable.Range(0, count).Select(i => MatchApi.Pair(group, $"p{i:D5}", group, $"q{i:D5}", count: 20, offset: i))]);
}
