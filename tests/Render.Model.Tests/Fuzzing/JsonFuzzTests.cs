using System.Diagnostics;
using Render.Model.Json;
using Render.Model.Limits;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Xunit.Abstractions;

namespace Render.Model.Tests.Fuzzing;

/// <summary>
/// A bounded, seeded fuzz of the two import bodies (issue 21): every mutated body either reads and
/// passes the import's checks and derivation, or is refused with a clear message: a parse error or
/// a <see cref="RenderInputException"/>, never another exception, never a message that names a
/// .NET type, and never minutes of work (a 1e-300 mesh cell size once took 140 s).
/// </summary>
public sealed class JsonFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 2000;

    [Fact]
    public void ResolvedTiles_MutatedBodies_ReadOrRefusedClearly()
    {
        var seed = JsonMutator.SeedFromEnvironment();
        var outcome = new Outcome();
        var clock = Stopwatch.StartNew();
        foreach (var (body, index) in new JsonMutator(seed).Mutate(FuzzCorpus.ResolvedTilesBodies(), Cases).Select((body, i) => (body, i)))
        {
            outcome.Run(index, body, ImportTiles);
        }

        output.WriteLine($"resolvedTiles fuzz: seed {seed}, {Cases} cases, {outcome} in {clock.ElapsedMilliseconds} ms");
        outcome.AssertClean();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the fuzz took {clock.Elapsed}");
    }

    [Fact]
    public void Matches_MutatedBodies_ReadOrRefusedClearly()
    {
        var seed = JsonMutator.SeedFromEnvironment();
        var outcome = new Outcome();
        foreach (var (body, index) in new JsonMutator(seed).Mutate(FuzzCorpus.MatchesBodies(), Cases).Select((body, i) => (body, i)))
        {
            outcome.Run(index, body, ImportMatches);
        }

        output.WriteLine($"matches fuzz: seed {seed}, {Cases} cases, {outcome}");
        outcome.AssertClean();
    }

    /// <summary>What the service does with a resolvedTiles body before it stores it.</summary>
    private static string? ImportTiles(byte[] body)
    {
        var parsed = RenderJson.Parse<ResolvedTileSpecCollection>(body);
        if (!parsed.Success)
        {
            return parsed.Error;
        }

        var collection = parsed.Value;
        InputLimits.Default.CheckTiles(collection);
        var tiles = collection.TileIdToSpecMap.Select(entry => entry.Value.TileId is null ? entry.Value with { TileId = entry.Key } : entry.Value).ToArray();
        tiles = ResolvedTilesPreparation.DeriveBoundingBoxes(tiles, collection.TransformIdToSpecMap);
        ResolvedTilesPreparation.Validate(tiles, collection.TransformIdToSpecMap);
        _ = RenderJson.Serialize(tiles.ToList());
        return null;
    }

    /// <summary>What the service does with a matches body before it stores it.</summary>
    private static string? ImportMatches(byte[] body)
    {
        var parsed = RenderJson.Parse<List<CanvasMatches?>>(body);
        if (!parsed.Success)
        {
            return parsed.Error;
        }

        InputLimits.Default.CheckMatches(parsed.Value);
        foreach (var matches in parsed.Value.Select(pair => pair!.Matches).OfType<Matches>())
        {
            _ = PackedMatches.Unpack(PackedMatches.Pack(matches));
            _ = matches.Swapped().ToUtf8Json();
        }

        return null;
    }

    private sealed class Outcome
    {
        private readonly List<string> _failures = [];
        private int _accepted;
        private int _refused;

        public void Run(int index, byte[] body, Func<byte[], string?> import)
        {
            try
            {
                var error = import(body);
                if (error is null)
                {
                    _accepted++;
                    return;
                }

                _refused++;
                CheckMessage(index, error);
            }
            catch (RenderInputException e)
            {
                _refused++;
                CheckMessage(index, e.Message);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                _failures.Add($"case {index}: {e.GetType().Name}: {e.Message}");
            }
        }

        public void AssertClean() => Assert.True(_failures.Count == 0, string.Join('\n', _failures.Take(10)));

        public override string ToString() => $"{_accepted} accepted, {_refused} refused";

        private void CheckMessage(int index, string message)
        {
            if (message.Contains("System.", StringComparison.Ordinal) || message.Contains("Render.", StringComparison.Ordinal)
                || message.Contains("Object reference", StringComparison.Ordinal))
            {
                _failures.Add($"case {index}: an unclear message: {message}");
            }
        }
    }
}
