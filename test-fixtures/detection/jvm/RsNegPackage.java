package com.openai.client;

import java.util.List;

class Util { List<String> names; }
