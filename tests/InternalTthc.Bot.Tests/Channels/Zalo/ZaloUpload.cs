namespace InternalTthc.Bot.Tests.Channels.Zalo;

/// <summary>A file the OA API took at <c>/v2.0/oa/upload/{kind}</c>: image or file, the multipart part's name and type, its bytes.</summary>
public sealed record ZaloUpload(string Kind, string Name, string ContentType, byte[] Bytes);
