RETURN_POLICY = "Items can be returned within 30 days."
