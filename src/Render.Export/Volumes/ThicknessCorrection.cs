using System.Globalization;
using System.Text.RegularExpressions;

namespace Render.Export.Volumes;

/// <summary>
/// render's ThicknessCorrectionData (N5Client's <c>--z_coords</c>): a text file of lines
/// <c>[stack z] [corrected z]</c> (a Zcoords.txt of render's z-position correction), corrected z
/// strictly increasing. Exported layer z is drawn as the stack layers whose corrected z are just below
/// and above it, weighted by distance. As in render, lines that are not two such values (blank lines,
/// headers) are skipped, and the first and last corrected z are pinned to their stack z, which they
/// must be within half a layer of.
/// </summary>
public sealed partial class ThicknessCorrection
{
    private readonly double[] _corrected;
    private readonly long[] _stackZ;

    private ThicknessCorrection(double[] corrected, long[] stackZ)
    {
        _corrected = corrected;
        _stackZ = stackZ;
    }

    /// <summary>The first corrected z (a whole stack z).</summary>
    public double FirstCorrectedZ => _corrected[0];

    /// <summary>The last corrected z (a whole stack z).</summary>
    public double LastCorrectedZ => _corrected[^1];

    /// <summary>Reads a correction file.</summary>
    /// <exception cref="ExportException">The file cannot be read or holds no valid correction; the message names it and the line.</exception>
    public static ThicknessCorrection Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ExportException($"z coordinates file '{path}' cannot be read: {e.Message}", e);
        }

        return Parse(lines, path);
    }

    /// <summary>Reads correction lines; <paramref name="source"/> names them in errors.</summary>
    /// <exception cref="ExportException">No values, values out of order, a value that is not a number, or ends too far from their stack z.</exception>
    public static ThicknessCorrection Parse(IReadOnlyList<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var corrected = new List<double>();
        var stackZ = new List<long>();
        for (var index = 0; index < lines.Count; index++)
        {
            var match = LinePattern().Match(lines[index]);
            if (!match.Success)
            {
                continue;
            }

            var line = index + 1;
            var z = int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedZ)
                ? parsedZ
                : throw new ExportException($"z coordinates file '{source}' line {line}: stack z '{match.Groups[1].Value}' is too large");
            var text = match.Groups[2].Value.Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new ExportException($"z coordinates file '{source}' line {line}: corrected z '{text}' is not a number");
            }

            if (corrected.Count > 0 && value <= corrected[^1])
            {
                throw new ExportException($"z coordinates file '{source}' line {line}: out of order or duplicate corrected z {Text(value)} (the line before has {Text(corrected[^1])})");
            }

            corrected.Add(value);
            stackZ.Add(z);
        }

        if (corrected.Count == 0)
        {
            throw new ExportException($"z coordinates file '{source}' has no corrected z values (lines of '[stack z] [corrected z]')");
        }

        Pin(corrected, stackZ, 0, "first", source);
        Pin(corrected, stackZ, corrected.Count - 1, "last", source);
        return new ThicknessCorrection([.. corrected], [.. stackZ]);
    }

    /// <summary>
    /// How exported layer <paramref name="renderZ"/> is drawn: the identity on a corrected z that is
    /// exactly a listed one, else the layers listed just below and above it, the prior weighted
    /// 1 − (renderZ − below) / (above − below).
    /// </summary>
    /// <exception cref="ExportException"><paramref name="renderZ"/> is outside the corrected range.</exception>
    public LayerInterpolator Interpolator(long renderZ)
    {
        var index = Array.BinarySearch(_corrected, (double)renderZ);
        if (index >= 0)
        {
            return LayerInterpolator.Identity(_stackZ[index]);
        }

        var next = ~index;
        var prior = next - 1;
        if (prior < 0 || next >= _corrected.Length)
        {
            throw new ExportException($"z {renderZ} is outside the corrected z range {Text(FirstCorrectedZ)} to {Text(LastCorrectedZ)}");
        }

        var priorWeight = 1.0 - ((renderZ - _corrected[prior]) / (_corrected[next] - _corrected[prior]));
        return new LayerInterpolator(_stackZ[prior], priorWeight, _stackZ[next]);
    }

    /// <summary>render's N5Client.getBoundsForRun: the z range cut to the corrected one (x and y kept).</summary>
    public Model.Bounds Limit(Model.Bounds bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds is not { MinZ: { } minZ, MaxZ: { } maxZ })
        {
            return bounds;
        }

        return bounds with
        {
            MinZ = Math.Ceiling(Math.Max(minZ, Math.Floor(FirstCorrectedZ))),
            MaxZ = Math.Floor(Math.Min(maxZ, Math.Ceiling(LastCorrectedZ))),
        };
    }

    /// <summary>render pins an end's corrected z to its stack z when they are less than half a layer apart, and refuses the file otherwise.</summary>
    private static void Pin(List<double> corrected, List<long> stackZ, int index, string which, string source)
    {
        if (Math.Abs(corrected[index] - stackZ[index]) >= 0.5)
        {
            throw new ExportException(
                $"z coordinates file '{source}': {which} stack z {stackZ[index]} is too far from its corrected z {Text(corrected[index])} (at most half a layer)");
        }

        corrected[index] = stackZ[index];
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>render's <c>(\d+)\s+(.*)</c> (Java's ASCII digits and white space), matched against the whole line.</summary>
    [GeneratedRegex(@"^([0-9]+)[ \t\v\f\r]+(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LinePattern();
}
