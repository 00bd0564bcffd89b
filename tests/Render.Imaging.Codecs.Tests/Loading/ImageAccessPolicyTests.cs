using Render.Imaging.Codecs.Loading;

namespace Render.Imaging.Codecs.Tests.Loading;

/// <summary>Image roots taken at real paths (issue 21: a link inside a root was followed to a file outside it).</summary>
public sealed class ImageAccessPolicyTests : IDisposable
{
    private readonly string _base = Path.Combine(Path.GetTempPath(), "render-roots-" + Guid.NewGuid().ToString("N"));
    private readonly string _root;
    private readonly string _outside;

    public ImageAccessPolicyTests()
    {
        _root = Directory.CreateDirectory(Path.Combine(_base, "root")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_base, "outside")).FullName;
        File.WriteAllText(Path.Combine(_root, "tile.png"), "x");
        File.WriteAllText(Path.Combine(_outside, "secret.png"), "x");
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);

    [Fact]
    public void Authorize_FileUnderRoot_ReturnsItsPath()
    {
        var policy = new ImageAccessPolicy([_root]);

        Assert.Equal(Path.Combine(_root, "tile.png"), policy.Authorize("file:" + Path.Combine(_root, "tile.png")));
    }

    [Fact]
    public void Authorize_FileLinkInsideRootPointingOutside_Refused()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "link.png"), Path.Combine(_outside, "secret.png"));
        var policy = new ImageAccessPolicy([_root]);

        Assert.Throws<ImageAccessException>(() => policy.Authorize(Path.Combine(_root, "link.png")));
        Assert.False(policy.Allows(Path.Combine(_root, "link.png")));
    }

    [Fact]
    public void Authorize_FolderLinkThenDotDot_ResolvedAsTheSystemDoes()
    {
        // root/deep -> outside/sub: root/deep/../secret.png is outside/secret.png for the system,
        // although it reads root/secret.png when '..' is applied to the text.
        var sub = Directory.CreateDirectory(Path.Combine(_outside, "sub")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(_root, "deep"), sub);
        var policy = new ImageAccessPolicy([_root]);

        Assert.False(policy.Allows(_root + "/deep/../secret.png"));
        Assert.False(policy.Allows(_root + "/deep/x.png"));
    }

    [Fact]
    public void Authorize_LinkInsideRootPointingInside_Allowed_AtTheTargetPath()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "alias.png"), "tile.png");
        var policy = new ImageAccessPolicy([_root]);

        Assert.Equal(Path.Combine(_root, "tile.png"), policy.Authorize(Path.Combine(_root, "alias.png")));
    }

    [Fact]
    public void Authorize_RootThatIsALink_AllowsFilesThroughEitherPath()
    {
        var link = Path.Combine(_base, "root-link");
        Directory.CreateSymbolicLink(link, _root);
        var policy = new ImageAccessPolicy([link]);

        Assert.True(policy.Allows(Path.Combine(link, "tile.png")));
        Assert.True(policy.Allows(Path.Combine(_root, "tile.png")));
        Assert.False(policy.Allows(Path.Combine(_outside, "secret.png")));
    }

    [Fact]
    public void RealPath_LinkLoop_IsNull()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "a"), Path.Combine(_root, "b"));
        File.CreateSymbolicLink(Path.Combine(_root, "b"), Path.Combine(_root, "a"));

        Assert.Null(ImageAccessPolicy.RealPath(Path.Combine(_root, "a")));
    }
}
