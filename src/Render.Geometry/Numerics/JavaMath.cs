namespace Render.Geometry.Numerics;

/// <summary>
/// Java's integer conversions, which render's geometry depends on and .NET spells differently:
/// the <c>(int)</c> cast truncates toward zero, saturates and maps NaN to 0; <c>Math.round</c> is
/// the nearest integer with ties toward positive infinity, not banker's rounding; mpicbg's
/// <c>Util.roundPos</c> is <c>(int)(v + 0.5)</c>.
/// </summary>
public static class JavaMath
{
    /// <summary>Java's <c>(int) value</c>.</summary>
    public static int ToInt(double value) =>
        double.IsNaN(value) ? 0
        : value >= int.MaxValue ? int.MaxValue
        : value <= int.MinValue ? int.MinValue
        : (int)value;

    /// <summary>Java's <c>(long) value</c>.</summary>
    public static long ToLong(double value) =>
        double.IsNaN(value) ? 0
        : value >= long.MaxValue ? long.MaxValue
        : value <= long.MinValue ? long.MinValue
        : (long)value;

    /// <summary>
    /// Java's <c>Math.round(double)</c>: the nearest long, ties toward positive infinity (NaN gives 0).
    /// Since Java 7 this is not floor(value + 0.5), whose addition rounds 0.49999999999999994 up.
    /// </summary>
    public static long Round(double value)
    {
        var floor = Math.Floor(value);
        return ToLong(value - floor >= 0.5 ? floor + 1 : floor);
    }

    /// <summary>mpicbg's <c>Util.roundPos(double)</c>: <c>(int)(value + 0.5)</c>, meant for non-negative values.</summary>
    public static int RoundPos(double value) => ToInt(value + 0.5);
}
