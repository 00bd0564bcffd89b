using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Benchmarks;

/// <summary>
/// One pair's matches as a match import stores them and a match read serves them: 50 matches with
/// full-precision coordinates (the scenario runner's pairs), parsed from JSON, packed, unpacked.
/// </summary>
[MemoryDiagnoser]
public class PackedMatchesBenchmarks
{
    private byte[] _json = [];
    private Matches _matches = null!;
    private byte[] _packed = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        string Coordinates() => string.Join(',', Enumerable.Range(0, 50).Select(_ => (random.NextDouble() * 2048).ToString("R", CultureInfo.InvariantCulture)));
        var text = new StringBuilder();
        text.Append("{\"p\":[[").Append(Coordinates()).Append("],[").Append(Coordinates()).Append("]],");
        text.Append("\"q\":[[").Append(Coordinates()).Append("],[").Append(Coordinates()).Append("]],");
        text.Append("\"w\":[").AppendJoin(',', Enumerable.Repeat("1.0", 50)).Append("]}");
        _json = Encoding.UTF8.GetBytes(text.ToString());
        _matches = RenderJson.Parse<Matches>(_json).GetValueOrThrow();
        _packed = PackedMatches.Pack(_matches);
    }

    [Benchmark]
    public int Parse() => RenderJson.Parse<Matches>(_json).GetValueOrThrow().WeightCount ?? 0;

    [Benchmark]
    public int Pack() => PackedMatches.Pack(_matches).Length;

    [Benchmark]
    public int Unpack() => PackedMatches.Unpack(_packed).WeightCount ?? 0;
}
