namespace Render.Client;

/// <summary>A world box of layer <paramref name="Z"/> rendered at <paramref name="Scale"/>: render's <c>z/{z}/box/{x},{y},{w},{h},{scale}</c>.</summary>
public sealed record RenderBox(double Z, double X, double Y, int Width, int Height, double Scale = 1.0)
{
    internal RequestPath AppendTo(RequestPath path) => path.Literal("z").Value(Z).Literal(
        $"box/{RequestPath.Number(X)},{RequestPath.Number(Y)},{Width.ToString(System.Globalization.CultureInfo.InvariantCulture)},"
        + $"{Height.ToString(System.Globalization.CultureInfo.InvariantCulture)},{RequestPath.Number(Scale)}");
}
