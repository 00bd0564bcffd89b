namespace Render.Model.Transforms;

/// <summary>
/// One coordinate transform: a render <see cref="ClassName"/> (for example
/// <c>mpicbg.trakem2.transform.AffineModel2D</c>) and the <see cref="DataString"/> it is built from,
/// kept character for character.
/// </summary>
public sealed record LeafTransformSpec : TransformSpec
{
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

    /// <summary>The full Java class name of the transform.</summary>
    public string ClassName { get; init; }

    /// <summary>The transform's parameters in the class's own text format.</summary>
    public string DataString { get; init; }

    /// <inheritdoc/>
    public override string Type => TypeName;

    /// <inheritdoc/>
    public override bool IsFullyResolved => true;

    internal override void AddUnresolvedIds(ISet<string> ids)
    {
    }

    internal override TransformSpec ResolveWith(TransformSpecResolver resolver, ReferencePath? path) => this;

    internal override void AddFlattened(List<TransformSpec> items) => items.Add(this);
}
