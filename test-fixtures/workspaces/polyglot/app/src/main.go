// @aigov assistant
package app
