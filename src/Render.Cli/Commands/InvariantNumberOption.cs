using System.Globalization;

namespace Render.Cli.Commands;

/// <summary>
/// Number options read in the invariant culture whatever the shell's locale (System.CommandLine's
/// own parsing follows the current culture), with a clear message for a value that is not a number.
/// </summary>
internal static class InvariantNumberOption
{
    /// <summary>An optional finite number.</summary>
    public static Option<double?> Double(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            result.AddError($"{name} must be a number, not '{text}'");
            return null;
        },
    };
}
