using System.Globalization;

namespace Render.Scenarios;

/// <summary>Command-line options of the scenario runner (<c>--name value</c> pairs).</summary>
internal sealed record ScenarioOptions(
    string RenderExecutable, int Sections, int TilesPerSection, int SectionsPerBatch, int Parallel, int Port)
{
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
            Value("--render", defaultRender), Int("--sections", 500), Int("--tiles-per-section", 200), Int("--sections-per-batch", 10),
            Int("--parallel", 2), Int("--port", 18080));
        if (options.Sections % options.SectionsPerBatch != 0)
        {
            throw new ArgumentException("--sections must be a multiple of --sections-per-batch");
        }

        return options;
    }
}
