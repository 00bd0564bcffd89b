using System.Runtime.CompilerServices;
using Render.Geometry.Transforms;

namespace Render.Model.Transforms;

/// <summary>
/// One coordinate transform: a render <see cref="ClassName"/> (for example
/// <c>mpicbg.trakem2.transform.AffineModel2D</c>) and the <see cref="DataString"/> it is built from,
/// kept character for character.
/// </summary>
public sealed record LeafTransformSpec : TransformSpec
{
    private static readonly ConditionalWeakTable<LeafTransformSpec, IRenderTransform> Built = [];

    /// <summary>
    /// Built transforms are cached per spec (a shared lens correction is built once for thousands of
    /// tiles), but each cache entry is a dependent GC handle: short data strings (affines, a few
    /// numbers) parse faster than the entry costs, so only longer ones are cached.
    /// </summary>
    private const int MinCachedDataStringLength = 256;

    /// <summary>The JSON <c>type</c> of a leaf; also what a spec without a <c>type</c> is.</summary>
    public const string TypeName = "leaf";

    /// <summary>Creates a leaf spec.</summary>
    public LeafTransformSpec(string className, string dataString)
    {
        ArgumentNullException.ThrowIfNull(className);
        ArgumentNullException.ThrowIfNull(dataString);
        ClassName = className;
        DataString = dataString;
    }

    /// <summary>The spec of a transform built here (a fit, a collapse): its class name and data string.</summary>
    public static LeafTransformSpec Of(IRenderTransform transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        return new LeafTransformSpec(transform.ClassName, transform.ToDataString());
    }

    /// <summary>The full Java class name of the transform.</summary>
    public string ClassName { get; init; }

    /// <summary>The transform's parameters in the class's own text format.</summary>
    public string DataString { get; init; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    /// <inheritdoc/>
    public override bool IsFullyResolved => true;

    /// <summary>
    /// The transform render builds from this leaf. Parsed once per spec instance (a thin-plate
    /// spline's data string can be large); the cache is keyed by identity, so equality is untouched.
    /// </summary>
    public override ICoordinateTransform BuildTransform() => BuildRenderTransform();

    /// <summary>The leaf's transform, with its class name and data string.</summary>
    /// <exception cref="RenderInputException">The class is unknown or the data string invalid (render's message).</exception>
    public IRenderTransform BuildRenderTransform()
    {
        var cached = DataString.Length >= MinCachedDataStringLength;
        if (cached && Built.TryGetValue(this, out var transform))
        {
            return transform;
        }

        try
        {
            transform = TransformRegistry.Create(ClassName, DataString);
        }
        catch (TransformDataException e)
        {
            throw new RenderInputException(Id is null ? e.Message : $"{e.Message} (transform spec id '{Id}')", e);
        }

        return cached ? Built.GetValue(this, _ => transform) : transform;
    }

    internal override void AddUnresolvedIds(ISet<string> ids)
    {
    }

    internal override TransformSpec ResolveWith(TransformSpecResolver resolver, ReferencePath? path) => this;

    internal override void AddFlattened(List<TransformSpec> items) => items.Add(this);
}
