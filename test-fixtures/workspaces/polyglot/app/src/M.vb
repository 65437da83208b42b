' @aigov ranker
Module M
End Module
