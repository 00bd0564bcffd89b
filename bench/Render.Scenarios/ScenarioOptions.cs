using System.Globalization;

namespace Render.Scenarios;

/// <summary>
/// Command-line options of the scenario runner (<c>--name value</c> pairs). <c>--scenario</c>
/// chooses <c>import</c> (tiles, the default), <c>matches</c> (point matches), <c>client-import</c> or
/// <c>render-box</c> (box images); <c>--db</c> runs the server on PostgreSQL.
/// </summary>
internal sealed record ScenarioOptions(
    string Scenario, string RenderExecutable, int Sections, int TilesPerSection, int SectionsPerBatch, int Parallel, int Port)
{
    /// <summary>Match scenario: pairs are between consecutive groups, this many group pairs.</summary>
    public int GroupPairs { get; init; } = 100;

    /// <summary>Match scenario: pairs between two consecutive groups.</summary>
    public int PairsPerGroupPair { get; init; } = 2000;

    /// <summary>Match scenario: point matches per pair.</summary>
    public int MatchesPerPair { get; init; } = 50;

    /// <summary>Match scenario: pairs per PUT matches request.</summary>
    public int PairsPerBatch { get; init; } = 5000;

    /// <summary>A PostgreSQL connection string: the server runs on that (empty) database instead of the embedded store.</summary>
    public string? Database { get; init; }

    public static ScenarioOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        int Int(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var defaultRender = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Render.Cli/bin/Release/net10.0/render"));
        var options = new ScenarioOptions(
            Value("--scenario", "import"), Value("--render", defaultRender), Int("--sections", 500), Int("--tiles-per-section", 200),
            Int("--sections-per-batch", 10), Int("--parallel", 2), Int("--port", 18080))
        {
            GroupPairs = Int("--group-pairs", 100),
            PairsPerGroupPair = Int("--pairs-per-group-pair", 2000),
            MatchesPerPair = Int("--matches-per-pair", 50),
            PairsPerBatch = Int("--pairs-per-batch", 5000),
            Database = args.Contains("--db") ? Value("--db", string.Empty) : null,
        };
        if (options.Sections % options.SectionsPerBatch != 0)
        {
            throw new ArgumentException("--sections must be a multiple of --sections-per-batch");
        }

        return options;
    }
}
