// @aigov assistant
namespace App { class Bot {} }
