using Amazon.S3;
using Amazon.S3.Model;

var s3 = new AmazonS3Client();
