/* @aigov ranker */
class Ranker {}
