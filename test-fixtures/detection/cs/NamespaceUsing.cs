namespace App
{
    using Anthropic.SDK;
}
