namespace Render.Imaging.Filters;

/// <summary>Work on one row of an image, independent of every other row (ImageSharp's row operations).</summary>
internal interface IRowOperation
{
    /// <summary>Processes row <paramref name="y"/>.</summary>
    void Invoke(int y);
}
