using System.Globalization;
using Render.Geometry.Numerics;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// Where render's RenderSectionClient puts a layer's image: under
/// <c>[rootDirectory]/[project]/[stack]/sections_at_[scale]</c>, in <c>[z / 1000, as 000]/[hundreds]/</c>
/// (<c>000/1/123.0.png</c>), or flat in <c>[rootDirectory]/[customOutputFolder](/[customSubFolder])</c>;
/// the file is the z as Java writes it, or its integer part padded to five digits.
/// </summary>
internal sealed record SectionPaths(string Folder, bool Nested, bool PadFileNames, string Extension)
{
    /// <summary>render's layout under <paramref name="root"/>.</summary>
    public static SectionPaths Under(
        string root, StackId stackId, double scale, string? customOutputFolder, string? customSubFolder, bool pad, string extension)
    {
        if (customSubFolder is not null && customOutputFolder is null)
        {
            throw new ArgumentException("--custom-sub-folder is a folder inside --custom-output-folder: give both");
        }

        var folder = customOutputFolder is null
            ? Path.Combine(root, stackId.Project, stackId.Stack, $"sections_at_{JavaNumberFormat.FormatDouble(scale)}")
            : Path.Combine(root, customOutputFolder, customSubFolder ?? string.Empty);
        return new SectionPaths(Path.GetFullPath(folder), Nested: customOutputFolder is null, pad, extension);
    }

    /// <summary>One folder holding every file.</summary>
    public static SectionPaths Flat(string folder, bool pad, string extension) => new(Path.GetFullPath(folder), Nested: false, pad, extension);

    /// <summary>The file of layer <paramref name="z"/>.</summary>
    public string FileOf(double z)
    {
        var whole = (int)z;
        var name = PadFileNames ? JavaZeroPadded(whole, 5) : JavaNumberFormat.FormatDouble(z);
        var folder = Nested ? Path.Combine(Folder, JavaZeroPadded(whole / 1000, 3), (whole % 1000 / 100).ToString(CultureInfo.InvariantCulture)) : Folder;
        return Path.Combine(folder, $"{name}.{Extension}");
    }

    /// <summary>Java's <c>%0Nd</c>: the sign counts towards the width.</summary>
    private static string JavaZeroPadded(int value, int width) =>
        value < 0
            ? "-" + Math.Abs((long)value).ToString(CultureInfo.InvariantCulture).PadLeft(width - 1, '0')
            : value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
