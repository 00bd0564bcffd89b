namespace Render.Geometry.Transforms;

/// <summary>
/// A leaf transform render can load and store: a Java class name and the data string it is built
/// from (mpicbg's <c>trakem2.transform.CoordinateTransform</c> with <c>init</c> and <c>toDataString</c>).
/// </summary>
public interface IRenderTransform : ICoordinateTransform
{
    /// <summary>The full Java class name render knows this transform by.</summary>
    string ClassName { get; }

    /// <summary>The data string render reads back into the same transform.</summary>
    string ToDataString();
}
