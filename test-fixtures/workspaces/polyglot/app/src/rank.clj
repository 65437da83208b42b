; @aigov ranker
(defn rank [] 1)
