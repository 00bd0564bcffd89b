namespace Render.Server.Services;

/// <summary>One tile of CATMAID's large data grid: its pixel size, mipmap level, layer, row and column.</summary>
public sealed record LargeDataTile(int Width, int Height, int Level, double Z, int Row, int Column)
{
    /// <summary>The deepest level: 2^level must stay an int, as render computes it.</summary>
    public const int MaxLevel = 30;

    /// <summary>Refuses sizes, levels, rows and columns that render would fail on or that make no box.</summary>
    /// <exception cref="RenderInputException">A value is out of range.</exception>
    public void Validate()
    {
        if (Width < 1 || Height < 1)
        {
            throw new RenderInputException($"width and height must be positive, but were {Width} and {Height}");
        }

        if (Level is < 0 or > MaxLevel)
        {
            throw new RenderInputException($"level must be from 0 to {MaxLevel}, but was {Level}");
        }

        if (Row < 0 || Column < 0)
        {
            throw new RenderInputException($"row and column must not be negative, but were {Row} and {Column}");
        }

        if ((double)Width * (1L << Level) > int.MaxValue || (double)Height * (1L << Level) > int.MaxValue)
        {
            throw new RenderInputException($"a {Width}x{Height} tile at level {Level} covers more than {int.MaxValue} pixels a side");
        }
    }
}
