using InternalTthc.Cards.Rendering;

namespace InternalTthc.Cards.Tests;

/// <summary>Typed text shown as written on markdown hosts, and copied only when something in it needs an escape.</summary>
public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Cấp lại mật khẩu thư điện tử")]
    [InlineData("Hồ sơ LCU-2026-00042, hạn 30/4 lúc 15:30")]
    [InlineData("")]
    public void A_text_with_nothing_to_escape_is_returned_as_it_is(string text) =>
        Assert.Same(text, MarkdownText.Escape(text));

    [Theory]
    [InlineData("**gấp** [x](y)", "\\*\\*gấp\\*\\* \\[x\\](y)")]
    [InlineData("- một\n  + hai", "\\- một\n  \\+ hai")]
    [InlineData("Tên 1. 2) 3.\n12. mục", "Tên 1. 2) 3.\n12\\. mục")]
    [InlineData("a.b@c.vn https://x", "a\\.b\\@c\\.vn https\\://x")]
    public void A_text_with_markdown_is_escaped(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownText.Escape(text));
}
