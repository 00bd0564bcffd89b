using System.Globalization;

namespace Render.Cli.Commands;

/// <summary>
/// The layers a <c>--z</c> option names: repeatable, each value one z or a comma-separated list,
/// read in the invariant culture whatever the shell's locale (System.CommandLine's own double
/// parsing follows the current culture, which would read <c>3407.5</c> wrongly in some).
/// </summary>
internal static class ZValues
{
    /// <exception cref="ArgumentException">A value is not a finite number.</exception>
    public static List<double> Parse(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(ParseOne)];

    /// <summary>One z.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a finite number.</exception>
    public static double ParseOne(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var z) && double.IsFinite(z)
            ? z
            : throw new ArgumentException($"--z values must be numbers, not '{value}'");
}
