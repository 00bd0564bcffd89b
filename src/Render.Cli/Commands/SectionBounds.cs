using System.Globalization;

namespace Render.Cli.Commands;

/// <summary>A world box given on the command line as <c>minX,minY,maxX,maxY</c>.</summary>
internal readonly record struct SectionBounds(double MinX, double MinY, double MaxX, double MaxY)
{
    public int Width => (int)(MaxX - MinX);

    public int Height => (int)(MaxY - MinY);

    public static SectionBounds? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var values = text.Split(',').Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToArray();
        return values.Length == 4 && values.All(double.IsFinite) && values[2] > values[0] && values[3] > values[1]
            ? new SectionBounds(values[0], values[1], values[2], values[3])
            : throw new ArgumentException($"--bounds must be minX,minY,maxX,maxY with max above min, not '{text}'");
    }
}
