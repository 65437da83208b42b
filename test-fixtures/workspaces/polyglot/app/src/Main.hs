-- @aigov asistant
main = pure ()
