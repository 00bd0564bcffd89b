using Render.Model.Stacks;

namespace Render.Client.Tests;

/// <summary>Request paths: encoded values, Java-style numbers, optional and repeated query parameters.</summary>
public sealed class RequestPathTests
{
    [Fact]
    public void Stack_ValuesAndNumbers_AreEncodedAndWrittenAsJavaDoes()
    {
        var path = RequestPath.Stack(new StackId("o", "p", "s")).Literal("z").Value(3407).Literal("tile").Value("a b/c");

        Assert.Equal("owner/o/project/p/stack/s/z/3407.0/tile/a%20b%2Fc", path.ToString());
    }

    [Fact]
    public void Query_NullsLeftOutAndListsRepeated()
    {
        var path = RequestPath.Root().Literal("x")
            .Query("minZ", (double?)null).Query("z", ["1.0", "2.5"]).Query("deriveData", true).Query("name", "a&b");

        Assert.Equal("x?z=1.0&z=2.5&deriveData=true&name=a%26b", path.ToString());
    }
}
